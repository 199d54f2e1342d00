//! The little world one document compiles in: one template as the main file, the data as a
//! virtual `/data.json`, the shipped fonts, and typst's standard library.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use crate::fonts::FONTS;
use crate::{Error, Result};

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

fn file_id(path: &str) -> FileId {
    // The paths are ours and valid; a failure here is a programming error caught by every test.
    let vpath = VirtualPath::new(path).unwrap_or_else(|e| panic!("virtual path {path}: {e:?}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

pub struct DocWorld {
    /// The template's name as its author knows it (shown in errors).
    name: String,
    main: Source,
    data: Bytes,
    /// One more file the template may read (an organisation's logo), by its virtual path.
    extra: Option<(FileId, Bytes)>,
}

impl DocWorld {
    pub fn new(name: &str, template: &str, data: Vec<u8>) -> Self {
        let main = Source::new(file_id("/main.typ"), template.to_owned());
        Self { name: name.to_owned(), main, data: Bytes::new(data), extra: None }
    }

    /// Serves `bytes` at the virtual `path` too.
    pub fn with_file(mut self, path: &str, bytes: Bytes) -> Self {
        self.extra = Some((file_id(path), bytes));
        self
    }

    /// Lays the pages out; a template error names the template, line and column.
    pub fn layout(&self) -> Result<PagedDocument> {
        typst::compile(self).output.map_err(|errors| self.error(&errors))
    }

    /// Compiles to PDF.
    pub fn pdf(&self) -> Result<Vec<u8>> {
        self.export(&self.layout()?)
    }

    /// Writes laid-out pages (perhaps gathered from several layouts) as one PDF.
    pub fn export(&self, doc: &PagedDocument) -> Result<Vec<u8>> {
        typst_pdf::pdf(doc, &typst_pdf::PdfOptions::default()).map_err(|errors| self.error(&errors))
    }

    fn error(&self, errors: &[SourceDiagnostic]) -> Error {
        let Some(first) = errors.first() else { return Error::Pdf("typst failed without a message".into()) };
        let (line, column) = self
            .range(first.span)
            .and_then(|r| self.main.lines().byte_to_line_column(r.start))
            .map_or((0, 0), |(l, c)| (l + 1, c + 1));
        Error::Template { file: self.name.clone(), line, column, message: first.message.to_string() }
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().get_without_slash().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id("/data.json") {
            Ok(self.data.clone())
        } else if let Some((_, bytes)) = self.extra.as_ref().filter(|(extra, _)| *extra == id) {
            Ok(bytes.clone())
        } else {
            Err(FileError::NotFound(id.vpath().get_without_slash().into()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    /// Documents carry their own dates; "today" is never read from the template.
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}
