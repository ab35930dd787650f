-- Per-feed state for conditional GET (ETag / Last-Modified), owned by dyadflow.readers.feed_state.
-- Numbered 900 so it sorts after the core migrations; written after a run's load succeeds,
-- so a failed run fetches the same items again.
create table feed_state (
    url             varchar primary key,
    etag            varchar,
    last_modified   varchar,                 -- the server's Last-Modified header, verbatim
    last_status     varchar,                 -- ok, not_modified, error
    last_fetched_at timestamptz,
    last_error      varchar,
    n_items         integer                  -- items in the last full (200) response
);
