//! CLDR plural categories for the languages the advice is written in.

use hjcp_engine::Lang;

include!("forms.rs");

/// A CLDR plural category: which form of a plural template a number takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// The CLDR name, as written in the template files (`months.one`).
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// The plural category of a whole number `n` in `lang` (CLDR rules for integers).
///
/// English: 1 is `one`, everything else `other`. Welsh: 0 `zero`, 1 `one`, 2 `two`, 3 `few`,
/// 6 `many`, everything else `other`. Every category but `other` is one exact number in both
/// languages, which is why a template's form for it may write the number out ("2 flynedd").
pub fn plural_category(lang: Lang, n: u32) -> Category {
    match lang {
        Lang::En => match n {
            1 => Category::One,
            _ => Category::Other,
        },
        Lang::Cy => match n {
            0 => Category::Zero,
            1 => Category::One,
            2 => Category::Two,
            3 => Category::Few,
            6 => Category::Many,
            _ => Category::Other,
        },
    }
}

/// The form names the templates of `lang` must give (`build.rs` checks the files against it).
pub fn forms(lang: Lang) -> &'static [&'static str] {
    FORMS.iter().find(|(l, _)| *l == lang.code()).map_or(&[], |(_, f)| *f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_one_is_exactly_one() {
        assert_eq!(plural_category(Lang::En, 1), Category::One);
        for n in [0, 2, 3, 6, 11, 21, 101, u32::MAX] {
            assert_eq!(plural_category(Lang::En, n), Category::Other, "{n}");
        }
    }

    #[test]
    fn welsh_has_every_category() {
        assert_eq!(plural_category(Lang::Cy, 0), Category::Zero);
        assert_eq!(plural_category(Lang::Cy, 1), Category::One);
        assert_eq!(plural_category(Lang::Cy, 2), Category::Two);
        assert_eq!(plural_category(Lang::Cy, 3), Category::Few);
        assert_eq!(plural_category(Lang::Cy, 6), Category::Many);
        for n in [4, 5, 7, 8, 9, 10, 11, 12, 13, 16, 18, 20, 22, 23, 26, 100, 103, 106, u32::MAX] {
            assert_eq!(plural_category(Lang::Cy, n), Category::Other, "{n}");
        }
    }

    /// Every category a number can take is a form the templates of that language must give,
    /// and every form the templates give is one some number takes.
    #[test]
    fn categories_match_the_forms_the_build_checks() {
        for lang in [Lang::En, Lang::Cy] {
            let taken: std::collections::BTreeSet<&str> =
                (0..1000).map(|n| plural_category(lang, n).name()).collect();
            let mut wanted: Vec<&str> = forms(lang).to_vec();
            wanted.sort_unstable();
            assert_eq!(taken.into_iter().collect::<Vec<_>>(), wanted, "{lang:?}");
        }
    }

    /// Apart from `other`, each category is one number, so a form may write it in words.
    #[test]
    fn every_category_but_other_is_one_number() {
        for lang in [Lang::En, Lang::Cy] {
            let mut seen = std::collections::BTreeMap::new();
            for n in 0..10_000 {
                let c = plural_category(lang, n);
                if c != Category::Other {
                    assert!(seen.insert(c, n).is_none(), "{lang:?} {c:?} covers more than {n}");
                }
            }
        }
    }
}
