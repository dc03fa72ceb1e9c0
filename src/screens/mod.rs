//! One file per screen, named after what it shows. `session::Screen` lists them all.

pub mod about;
pub mod accessibility;
pub mod browse;
pub mod check_answers;
pub mod clear;
pub mod compare;
pub mod current_role;
pub mod estimate;
pub mod facts;
pub mod map;
pub mod path;
pub mod persona;
pub mod plan;
pub mod progress;
pub mod rate;
pub mod results;
pub mod role;
pub mod start;
pub mod take_away;
pub mod target;
pub mod task_list;
