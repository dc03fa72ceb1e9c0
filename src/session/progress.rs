//! How far the person has got with each area of the task list (`hjcp_engine::progress`).

use hjcp_engine::{AreaIx, AreaProgress};

use super::Session;

impl Session {
    /// How far the person has got with one area of the active framework.
    pub fn area_progress(&self, area: AreaIx) -> AreaProgress {
        let Some(framework) = self.framework() else { return AreaProgress::default() };
        hjcp_engine::area_progress(&framework, area, &self.current_answers())
    }
}
