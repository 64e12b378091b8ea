//! The crate's one error type.

use std::fmt;

/// Everything that can go wrong in claimsift, with the numbers that explain it.
///
/// Marked `#[non_exhaustive]`: new variants may come in minor releases.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer could not be built: a bad alias, an empty id, a conflicting option.
    Gazetteer {
        /// What went wrong, naming the entity id or alias.
        message: String,
    },
    /// An option or configuration value is invalid (unknown language, bad thread count, …).
    Config {
        /// What went wrong.
        message: String,
    },
    /// Serialised bytes are corrupt, truncated, foreign, or of an incompatible version.
    Serialization {
        /// What went wrong.
        message: String,
    },
    /// A document in a batch failed; `index` is its position in the input.
    Document {
        /// Position of the document in the batch input.
        index: usize,
        /// What went wrong.
        message: String,
    },
    /// An input could not be read (file, JSON, CSV).
    Io {
        /// What went wrong, naming the path or record.
        message: String,
    },
    /// A broken invariant inside claimsift (a caught panic). Please report it.
    Internal {
        /// The panic message or invariant.
        message: String,
    },
}

#[allow(dead_code)] // constructors used by the stages that come later
impl Error {
    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::Config {
            message: message.into(),
        }
    }
    pub(crate) fn gazetteer(message: impl Into<String>) -> Self {
        Error::Gazetteer {
            message: message.into(),
        }
    }
    pub(crate) fn serialization(message: impl Into<String>) -> Self {
        Error::Serialization {
            message: message.into(),
        }
    }
    pub(crate) fn io(message: impl Into<String>) -> Self {
        Error::Io {
            message: message.into(),
        }
    }
    /// The bare message, without the variant's prefix.
    pub fn message(&self) -> &str {
        match self {
            Error::Gazetteer { message }
            | Error::Config { message }
            | Error::Serialization { message }
            | Error::Document { message, .. }
            | Error::Io { message }
            | Error::Internal { message } => message,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Gazetteer { message } => write!(f, "gazetteer error: {message}"),
            Error::Config { message } => write!(f, "configuration error: {message}"),
            Error::Serialization { message } => write!(f, "serialization error: {message}"),
            Error::Document { index, message } => write!(f, "document {index}: {message}"),
            Error::Io { message } => write!(f, "input error: {message}"),
            Error::Internal { message } => write!(f, "internal error (please report): {message}"),
        }
    }
}

impl std::error::Error for Error {}

/// `Result` with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Turns a caught panic payload into a message.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}
