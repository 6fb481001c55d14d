//! How long browsers may keep the site's static files.
//!
//! cargo-leptos (`hash-files = true`) puts each build's content hash in the names of the CSS, JS
//! and WASM under `/pkg/` and lists the hashes in `hash.txt` beside the server binary. A file
//! named with one of those hashes never changes, so browsers may keep it for a year without
//! asking again; a new build has new names. Anything else under `/pkg/` must be revalidated.
//!
//! Built with `--split`, the staff islands' WASM chunks are named with their own content hashes,
//! listed not in `hash.txt` but in the split manifest (`__wasm_split_manifest.<hash>.json`,
//! whose hash `hash.txt` gives as `manifest`): their hashes are read from there.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
};
use leptos::prelude::LeptosOptions;

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const REVALIDATE: &str = "no-cache";

/// Where Leptos looks for the build's hash list: beside the running binary.
pub fn hash_file_path(options: &LeptosOptions) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    Some(exe.parent()?.join(options.hash_file.as_ref()))
}

#[derive(Clone, Debug, Default)]
pub struct AssetCaching {
    /// `/pkg/` (the site's package directory, as a path prefix).
    prefix: String,
    /// The content hashes of this build's files.
    hashes: HashSet<String>,
}

impl AssetCaching {
    /// From the build's hash list (and split manifest), if the build hashes file names.
    pub fn from_options(options: &LeptosOptions) -> Self {
        let list = if options.hash_files {
            hash_file_path(options)
                .and_then(|path| std::fs::read_to_string(path).ok())
                .unwrap_or_default()
        } else {
            String::new()
        };
        let mut caching = Self::from_hash_list(&options.site_pkg_dir, &list);
        let manifest_hash = list
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(kind, _)| kind.trim() == "manifest")
            .map(|(_, hash)| hash.trim().to_string());
        if let Some(hash) = manifest_hash {
            let path = std::path::Path::new(options.site_root.as_ref())
                .join(options.site_pkg_dir.as_ref())
                .join(format!("__wasm_split_manifest.{hash}.json"));
            if let Ok(manifest) = std::fs::read_to_string(path) {
                caching.add_split_manifest(&manifest);
            }
        }
        caching
    }

    /// Adds the chunk hashes of a split manifest: `{"loader": ["split_loader.<hash>"], …}`.
    /// A manifest that cannot be read adds nothing (its chunks are then revalidated).
    pub fn add_split_manifest(&mut self, manifest: &str) {
        let Ok(chunks) =
            serde_json::from_str::<std::collections::HashMap<String, Vec<String>>>(manifest)
        else {
            return;
        };
        for name in chunks.values().flatten() {
            if let Some((_, hash)) = name.rsplit_once('.')
                && !hash.is_empty()
            {
                self.hashes.insert(hash.to_string());
            }
        }
    }

    /// `list` is hash.txt's text: lines of `kind: hash` (`js: 1Xy…`, `wasm: …`, `css: …`).
    pub fn from_hash_list(pkg_dir: &str, list: &str) -> Self {
        let hashes = list
            .lines()
            .filter_map(|line| line.split_once(':'))
            .map(|(_, hash)| hash.trim().to_string())
            .filter(|hash| !hash.is_empty())
            .collect();
        Self {
            prefix: format!("/{}/", pkg_dir.trim_matches('/')),
            hashes,
        }
    }

    /// The `Cache-Control` for a successful answer to `path`, if it is a build file.
    pub fn cache_control(&self, path: &str) -> Option<&'static str> {
        let name = path.strip_prefix(&self.prefix)?;
        let hashed = !name.contains('/') && name.split('.').any(|part| self.hashes.contains(part));
        Some(if hashed { IMMUTABLE } else { REVALIDATE })
    }
}

pub async fn asset_caching(
    State(caching): State<Arc<AssetCaching>>,
    request: Request,
    next: Next,
) -> Response {
    let policy = caching.cache_control(request.uri().path());
    let mut response = next.run(request).await;
    if let Some(policy) = policy
        && response.status() == StatusCode::OK
    {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_with_this_builds_hashes_are_kept_for_a_year() {
        let caching = AssetCaching::from_hash_list("pkg", "js: aB3_x\nwasm: Zz9-q\ncss: c55\n\n");
        assert_eq!(
            caching.cache_control("/pkg/consult.aB3_x.js"),
            Some(IMMUTABLE)
        );
        assert_eq!(
            caching.cache_control("/pkg/consult.Zz9-q.wasm"),
            Some(IMMUTABLE)
        );
        assert_eq!(
            caching.cache_control("/pkg/consult.c55.css"),
            Some(IMMUTABLE)
        );
        assert_eq!(caching.cache_control("/pkg/consult.css"), Some(REVALIDATE));
        assert_eq!(
            caching.cache_control("/pkg/consult.old1.js"),
            Some(REVALIDATE)
        );
        assert_eq!(
            caching.cache_control("/pkg/x/consult.c55.css"),
            Some(REVALIDATE)
        );
        assert_eq!(caching.cache_control("/consultations/c55"), None);
        assert_eq!(caching.cache_control("/favicon.ico"), None);
    }

    #[test]
    fn split_chunks_are_kept_for_a_year_by_their_manifests_hashes() {
        let mut caching = AssetCaching::from_hash_list("pkg", "js: aB3_x\nmanifest: m1\n");
        caching.add_split_manifest(r#"{"builder_loader_1":["split_builder_loader_1.Qq7_z"]}"#);
        assert_eq!(
            caching.cache_control("/pkg/split_builder_loader_1.Qq7_z.wasm"),
            Some(IMMUTABLE)
        );
        assert_eq!(
            caching.cache_control("/pkg/split_builder_loader_1.other.wasm"),
            Some(REVALIDATE)
        );
        caching.add_split_manifest("not json");
        assert_eq!(
            caching.cache_control("/pkg/consult.aB3_x.js"),
            Some(IMMUTABLE)
        );
    }

    #[test]
    fn without_hashes_every_build_file_is_revalidated() {
        let caching = AssetCaching::from_hash_list("/pkg/", "");
        assert_eq!(caching.cache_control("/pkg/consult.js"), Some(REVALIDATE));
        assert_eq!(caching.cache_control("/pkg/consult..js"), Some(REVALIDATE));
    }
}
