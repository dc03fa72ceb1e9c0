//! One file per screen, named after what it shows.

pub mod clear;
pub mod rate;
pub mod results;
pub mod start;
