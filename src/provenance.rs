//! Where the wording of what a screen shows comes from, field by field, for the one compact
//! provenance line under a question ("Official title; description written for this tool"),
//! with the details on demand.
//!
//! Pure and native: the classification is the rule that matters (an official English title
//! shown in Welsh is a translation written for this tool, not official wording), so it is
//! tested with `cargo test`; `components::ProvenanceLine` only words it.

use hjcp_engine::{Lang, Provenance, Text};

/// Where the wording of one field, as shown in one language, comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldOrigin {
    /// The publisher's own words, shown as they are. `source` indexes `Framework::sources`.
    Official { source: Option<u16> },
    /// Official English wording, shown in a Welsh translation written for this tool.
    Translated { source: Option<u16> },
    /// Written for this tool from the published framework.
    Written,
}

impl FieldOrigin {
    /// The origin of `text` as a person reading in `lang` sees it.
    pub fn of(text: &Text, lang: Lang) -> FieldOrigin {
        let origin = &text.origin;
        match origin.provenance {
            Provenance::Illustrative => FieldOrigin::Written,
            Provenance::Official if lang == Lang::Cy && text.cy.is_some() => {
                FieldOrigin::Translated { source: origin.source }
            }
            Provenance::Official => FieldOrigin::Official { source: origin.source },
        }
    }

    /// The origin of several texts shown as one field (the examples under the choices): the
    /// least official of them, so a field is never called official while part of it is not.
    pub fn of_all<'a>(
        texts: impl IntoIterator<Item = &'a Text>,
        lang: Lang,
    ) -> Option<FieldOrigin> {
        texts.into_iter().map(|t| FieldOrigin::of(t, lang)).max_by_key(|o| match o {
            FieldOrigin::Official { .. } => 0,
            FieldOrigin::Translated { .. } => 1,
            FieldOrigin::Written => 2,
        })
    }
}

/// What the one line says about all the fields together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Summary {
    Official,
    /// Official wording, some or all of it shown in a translation written for this tool.
    Translated,
    Written,
    Mixed,
}

impl Summary {
    pub fn of(fields: &[FieldOrigin]) -> Summary {
        let written = fields.iter().filter(|f| matches!(f, FieldOrigin::Written)).count();
        let translated = fields.iter().any(|f| matches!(f, FieldOrigin::Translated { .. }));
        match (written, translated) {
            (0, false) => Summary::Official,
            (0, true) => Summary::Translated,
            (w, _) if w == fields.len() => Summary::Written,
            _ => Summary::Mixed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hjcp_engine::model::Origin;

    fn text(provenance: Provenance, cy: bool) -> Text {
        Text {
            en: "Be curious".into(),
            cy: cy.then(|| "Byddwch yn chwilfrydig".into()),
            origin: Origin { provenance, source: Some(0), passage: None },
        }
    }

    #[test]
    fn an_official_title_read_in_welsh_is_a_translation_written_for_this_tool() {
        let title = text(Provenance::Official, true);
        assert_eq!(FieldOrigin::of(&title, Lang::En), FieldOrigin::Official { source: Some(0) });
        assert_eq!(FieldOrigin::of(&title, Lang::Cy), FieldOrigin::Translated { source: Some(0) });
        // With no Welsh the English is shown (marked lang="en"), and it is still official.
        let english_only = text(Provenance::Official, false);
        assert_eq!(
            FieldOrigin::of(&english_only, Lang::Cy),
            FieldOrigin::Official { source: Some(0) }
        );
    }

    #[test]
    fn an_official_title_over_a_written_description_is_not_called_official() {
        let fields = [
            FieldOrigin::of(&text(Provenance::Official, true), Lang::En),
            FieldOrigin::of(&text(Provenance::Illustrative, true), Lang::En),
        ];
        assert_eq!(Summary::of(&fields), Summary::Mixed);
        assert_eq!(Summary::of(&fields[..1]), Summary::Official);
        assert_eq!(Summary::of(&fields[1..]), Summary::Written);
        let welsh = [FieldOrigin::of(&text(Provenance::Official, true), Lang::Cy)];
        assert_eq!(Summary::of(&welsh), Summary::Translated);
    }

    #[test]
    fn a_field_made_of_several_texts_is_as_official_as_its_least_official_part() {
        let parts = [text(Provenance::Official, false), text(Provenance::Illustrative, false)];
        assert_eq!(FieldOrigin::of_all(&parts, Lang::En), Some(FieldOrigin::Written));
        assert_eq!(
            FieldOrigin::of_all(&parts[..1], Lang::En),
            Some(FieldOrigin::Official { source: Some(0) })
        );
        assert_eq!(FieldOrigin::of_all(&[], Lang::En), None);
    }
}
