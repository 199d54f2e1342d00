fn main() {
    // Capabilities live in src-tauri/, not at the root (PLATFORM.md).
    let attrs = tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*");
    tauri_build::try_build(attrs).expect("tauri build script failed");
}
