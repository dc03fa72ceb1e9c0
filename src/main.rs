fn main() {
    #[cfg(target_arch = "wasm32")]
    hjcp_widget::start();
}
