//! Passwords the command asks for: from the terminal without echo, or, with `--password-stdin`,
//! one line of standard input each, in the order asked (for scripts and tests).

use std::io::BufRead;

use malaka_api::Error;
use malaka_api::core::Reason;

pub(crate) struct Secrets {
    from_stdin: bool,
}

impl Secrets {
    pub(crate) fn new(from_stdin: bool) -> Self {
        Secrets { from_stdin }
    }

    /// The next password, asked for with `prompt` on the terminal.
    pub(crate) fn ask(&self, prompt: &str) -> Result<String, Error> {
        if self.from_stdin {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).map_err(|_| Error::invalid("password", Reason::Required))?;
            let line = line.strip_suffix('\n').unwrap_or(&line);
            return Ok(line.strip_suffix('\r').unwrap_or(line).to_owned());
        }
        rpassword::prompt_password(prompt).map_err(|_| Error::invalid("password", Reason::Required))
    }

    /// A new password, typed twice on a terminal (once from standard input).
    pub(crate) fn ask_new(&self, whose: &str) -> Result<String, Error> {
        let first = self.ask(&format!("New password for {whose}: "))?;
        if !self.from_stdin && self.ask("Type it again: ")? != first {
            return Err(Error::invalid("password", Reason::PasswordsDiffer));
        }
        Ok(first)
    }
}
