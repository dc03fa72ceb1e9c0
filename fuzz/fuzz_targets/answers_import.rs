//! The answers-file importers, strict and lenient, on any file a person might pick. What the
//! strict one accepts the lenient one reads identically without notices, and what is
//! imported exports and imports again unchanged.
#![no_main]

use hjcp_engine::stored::{export_answers, import_answers, import_answers_lenient};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lenient = import_answers_lenient(&text);
    if let Ok((answers, _)) = &lenient {
        assert!(!answers.framework.is_empty());
        let again = export_answers(answers, "fuzz");
        assert_eq!(import_answers(&again).as_ref(), Ok(answers));
    }
    if let Ok(answers) = import_answers(&text) {
        assert_eq!(lenient, Ok((answers, vec![])));
    }
});
