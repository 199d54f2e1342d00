//! The release package (`scripts/package.sh`), as an agency's IT staff install it. Checked when a
//! package exists (`MALAKA_DEB`, or the newest in `$CARGO_TARGET_DIR/release/bundle/deb`): the CI
//! run does not build one (a release build takes too long), so there it reports that and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

fn package() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MALAKA_DEB").filter(|p| !p.is_empty()) {
        return Some(p.into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    std::fs::read_dir(target.join("release/bundle/deb"))
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "deb"))
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
}

fn output(program: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_package_holds_the_app_the_command_and_a_desktop_entry_that_starts_the_app() {
    let Some(deb) = package() else {
        eprintln!("no .deb built (scripts/package.sh builds one): nothing to check");
        return;
    };
    let deb = deb.as_os_str();
    let listing = output("dpkg-deb", &["-c".as_ref(), deb]);
    // The last word of each line is the path, with or without a leading "./".
    let paths: Vec<&str> =
        listing.lines().filter_map(|l| l.split_whitespace().last()).map(|p| p.trim_start_matches("./")).collect();
    for path in ["usr/bin/malaka-desktop", "usr/bin/malaka", "usr/share/applications/Malaka.desktop"] {
        assert!(paths.contains(&path), "{path} missing from the package:\n{listing}");
    }
    assert!(
        paths.iter().any(|p| p.starts_with("usr/share/icons/hicolor/") && p.ends_with(".png")),
        "no icons:\n{listing}"
    );
    let depends = output("dpkg-deb", &["-f".as_ref(), deb, "Depends".as_ref()]);
    assert!(depends.contains("libwebkit2gtk-4.1-0"), "{depends}");

    let dir = tempfile::tempdir().unwrap();
    output("dpkg-deb", &["-x".as_ref(), deb, dir.path().as_os_str()]);
    let entry = std::fs::read_to_string(dir.path().join("usr/share/applications/Malaka.desktop")).unwrap();
    assert!(entry.lines().any(|l| l == "Exec=malaka-desktop"), "{entry}");
    // The packaged command runs on its own (no build tree) and opens a register.
    let malaka = dir.path().join("usr/bin/malaka");
    let db = dir.path().join("register.db");
    let init = output(malaka.to_str().unwrap(), &["--db".as_ref(), db.as_os_str(), "init".as_ref()]);
    assert!(db.exists(), "{init}");
}
