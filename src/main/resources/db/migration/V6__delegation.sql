-- Delegation (KL 6 kap. 37-40 §§, 7 kap. 5-8 §§): each board's delegationsordning in versions,
-- its rules, who holds the roles that rules name, and the register of delegated decisions with
-- the meeting whose report includes each one. Conventions as in V1.

create sequence delegation_scheme_seq start with 1;
create sequence delegated_decision_seq start with 1;

create table delegation_scheme (
    id                bigint      not null,
    board_id          bigint      not null,
    version           integer     not null,
    valid_from        date        not null,
    adopted_on        date        not null,
    adopted_paragraph varchar(20),
    constraint delegation_scheme_pk primary key (id),
    constraint delegation_scheme_board_fk foreign key (board_id) references board (id),
    constraint delegation_scheme_version_uq unique (board_id, version),
    constraint delegation_scheme_valid_uq unique (board_id, valid_from)
);

create table delegation_rule (
    scheme_id           bigint        not null,
    ordinal             integer       not null,
    code                varchar(20)   not null,
    matter_kind         varchar(1000) not null,
    delegate_kind       varchar(20)   not null,
    delegate_name       varchar(200)  not null,
    substitute          varchar(200),
    amount_limit        bigint,
    scope               varchar(1000),
    legal_basis         varchar(500),
    further_delegation  boolean       not null,
    must_report         boolean       not null,
    non_delegable       varchar(30),
    constraint delegation_rule_pk primary key (scheme_id, ordinal),
    constraint delegation_rule_code_uq unique (scheme_id, code),
    constraint delegation_rule_scheme_fk foreign key (scheme_id) references delegation_scheme (id) on delete cascade,
    constraint delegation_rule_kind_ck check (delegate_kind in ('ROLE', 'COMMITTEE', 'CHAIR'))
);

-- Officials are not board members: who held "regiondirektör" when is kept here.
create table delegation_role_holder (
    role       varchar(200) not null,
    person     varchar(200) not null,
    held_from  date         not null,
    held_to    date,
    constraint delegation_role_holder_pk primary key (role, person, held_from)
);

create table delegated_decision (
    id                bigint        not null,
    board_id          bigint        not null,
    rule_code         varchar(20)   not null,
    person            varchar(200)  not null,
    role              varchar(200)  not null,
    decided_on        date          not null,
    series            varchar(8),
    "year"            integer,
    number            integer,
    sub_number        integer,
    description       varchar(2000) not null,
    appealable        boolean       not null,
    urgent            boolean       not null,
    -- The meeting whose "Anmälan av delegationsbeslut" holds the decision; reported_on is that
    -- protocol's justering day, which starts the appeal period.
    report_meeting_id bigint,
    reported_on       date,
    constraint delegated_decision_pk primary key (id),
    constraint delegated_decision_board_fk foreign key (board_id) references board (id),
    constraint delegated_decision_meeting_fk foreign key (report_meeting_id) references meeting (id),
    constraint delegated_decision_reported_ck check (reported_on is null or report_meeting_id is not null)
);
create index delegated_decision_board_ix on delegated_decision (board_id, decided_on);
create index delegated_decision_meeting_ix on delegated_decision (report_meeting_id);
