-- Imported protocols: one row per source file, so that importing the same file again is
-- recognised by the SHA-256 of its bytes and never duplicates a meeting. The source text is kept
-- because the original is evidence and lets a later reader version parse it again.

create sequence protocol_import_seq start with 1;

create table protocol_import (
    id          bigint       default nextval('protocol_import_seq') not null,
    -- SHA-256 of the source bytes as 64 lower-case hex digits.
    checksum    varchar(64)  not null,
    file_name   varchar(500) not null,
    imported_at timestamp    not null,
    meeting_id  bigint       not null,
    source_text text         not null,
    -- The warnings of the reader and of the import, one per line; empty when there were none.
    warnings    text         not null,
    constraint protocol_import_pk primary key (id),
    constraint protocol_import_checksum_uq unique (checksum),
    constraint protocol_import_meeting_fk foreign key (meeting_id) references meeting (id)
);
create index protocol_import_meeting_ix on protocol_import (meeting_id);
