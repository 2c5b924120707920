//! Hearing a team register's change notices: `LISTEN vrr_change` on a connection of its own
//! (not the pool's), on the store's runtime, reconnecting by itself after 1, 2, 4 … 8 seconds
//! when the connection is lost. What it hears goes to a callback; dropping the returned
//! [`Listening`] stops it.

use std::time::Duration;

use tokio::sync::oneshot;
use tokio_postgres::tls::MakeTlsConnect;
use tokio_postgres::{AsyncMessage, Socket};

use super::postgres::{PgError, PgPool, Tls};

/// The channel the audit log's trigger notifies (team migration t0002).
const CHANNEL: &str = "vrr_change";

/// The longest wait between two attempts to reconnect.
const MAX_RETRY: Duration = Duration::from_secs(8);

/// How soon an idle connection to a silent server is probed (a lost network shows as lost).
const KEEPALIVE_IDLE: Duration = Duration::from_secs(10);

/// What the listener heard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Heard {
    /// Listening (again): changes made meanwhile were not heard.
    Connected,
    /// Someone committed a change.
    Change,
    /// The connection is lost (or could not be made), and why; retrying.
    Lost(String),
}

/// Listens while held.
pub(crate) struct Listening {
    _stop: oneshot::Sender<()>,
}

/// Starts listening to the change notices of the register `pool` connects to.
pub(crate) fn listen(pool: &PgPool, heard: impl Fn(Heard) + Send + Sync + 'static) -> Listening {
    let (stop, mut stopped) = oneshot::channel::<()>();
    let target = pool.target().clone();
    let mut config = target.config.clone();
    config.keepalives(true).keepalives_idle(KEEPALIVE_IDLE);
    let tls = match &target.tls {
        Tls::Disable => Ok(None),
        Tls::VerifyFull { ca } => super::postgres::client_config(ca.as_deref()).map(Some),
    };
    pool.runtime().spawn(async move {
        // Never a plain connection where TLS was asked for.
        let tls = match tls {
            Ok(tls) => tls,
            Err(err) => return heard(Heard::Lost(err.to_string())),
        };
        let mut retry = Duration::from_secs(1);
        loop {
            let session = async {
                match &tls {
                    None => listen_once(&config, tokio_postgres::NoTls, &heard).await,
                    Some(tls) => {
                        let connector = tokio_postgres_rustls::MakeRustlsConnect::new(tls.clone());
                        listen_once(&config, connector, &heard).await
                    }
                }
            };
            let (why, listened) = tokio::select! {
                _ = &mut stopped => return,
                ended = session => ended,
            };
            heard(Heard::Lost(why));
            if listened {
                retry = Duration::from_secs(1);
            }
            tokio::select! {
                _ = &mut stopped => return,
                () = tokio::time::sleep(retry) => {}
            }
            retry = (retry * 2).min(MAX_RETRY);
        }
    });
    Listening { _stop: stop }
}

/// One connection's life: connects, listens, reports each notice, and returns why it ended and
/// whether it got as far as listening.
async fn listen_once<T>(config: &tokio_postgres::Config, tls: T, heard: &impl Fn(Heard)) -> (String, bool)
where
    T: MakeTlsConnect<Socket>,
    T::Stream: Send + 'static,
{
    let (client, mut connection) = match config.connect(tls).await {
        Ok(connected) => connected,
        Err(err) => return (PgError::from(err).message, false),
    };
    let (notices, mut incoming) = tokio::sync::mpsc::unbounded_channel::<()>();
    // The connection does its work (answers, notices) only while polled: a task of its own.
    let pump = tokio::spawn(async move {
        loop {
            match std::future::poll_fn(|cx| connection.poll_message(cx)).await {
                Some(Ok(AsyncMessage::Notification(_))) => {
                    if notices.send(()).is_err() {
                        return "stopped listening".to_owned();
                    }
                }
                Some(Ok(_)) => {}
                Some(Err(err)) => return PgError::from(err).message,
                None => return "the server closed the connection".to_owned(),
            }
        }
    });
    if let Err(err) = client.batch_execute(&format!("LISTEN {CHANNEL}")).await {
        pump.abort();
        return (PgError::from(err).message, false);
    }
    heard(Heard::Connected);
    while incoming.recv().await.is_some() {
        heard(Heard::Change);
    }
    (pump.await.unwrap_or_else(|_| "the listener stopped".to_owned()), true)
}
