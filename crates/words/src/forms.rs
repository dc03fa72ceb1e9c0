// The plural forms each language's templates must give, by CLDR category name. Included by
// both `build.rs` (which checks every plural template has exactly these) and `plural.rs`
// (whose tests check `plural_category` never answers a category outside this list).
// CLDR: en one = 1; cy zero = 0, one = 1, two = 2, few = 3, many = 6, other = everything else.
const FORMS: &[(&str, &[&str])] = &[
    ("en", &["one", "other"]),
    ("cy", &["zero", "one", "two", "few", "many", "other"]),
];
