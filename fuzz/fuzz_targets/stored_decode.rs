//! The browser record decoder: any text under our storage key. Besides not panicking, what
//! loads must save and load again unchanged (the shell re-saves a leniently loaded record).
#![no_main]

use hjcp_engine::stored::{decode, encode, Decoded};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Browser storage holds UTF-16 strings, which reach Rust as valid UTF-8.
    let text = String::from_utf8_lossy(data);
    if let Decoded::Loaded { state, .. } = decode(&text) {
        for (id, answers) in &state.frameworks {
            assert_eq!(id, &answers.framework);
        }
        assert_eq!(decode(&encode(&state)), Decoded::Loaded { state, notices: vec![] });
    }
});
