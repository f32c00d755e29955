-- Proceedings: bodies, committees with members and terms, meetings, agenda items, cases that travel
-- through several committees, and the drafts of the minutes importer. Rows that OParl publishes
-- keep created/updated times and are marked deleted instead of removed, so that clients syncing
-- with modified_since learn of the deletion.

CREATE TABLE proceedings_body (
    id              UUID PRIMARY KEY,
    organisation_id UUID REFERENCES organisation (id),
    name            VARCHAR(300) NOT NULL,
    short_name      VARCHAR(100),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX proceedings_body_organisation_idx ON proceedings_body (organisation_id);

CREATE TABLE proceedings_person (
    id         UUID PRIMARY KEY,
    body_id    UUID NOT NULL REFERENCES proceedings_body (id),
    name       VARCHAR(300) NOT NULL,
    party      VARCHAR(20),
    version    BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX proceedings_person_body_idx ON proceedings_person (body_id, name);

CREATE TABLE legislative_term (
    id         UUID PRIMARY KEY,
    body_id    UUID NOT NULL REFERENCES proceedings_body (id),
    name       VARCHAR(300) NOT NULL,
    start_date DATE,
    end_date   DATE,
    version    BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX legislative_term_body_idx ON legislative_term (body_id);

CREATE TABLE committee (
    id              UUID PRIMARY KEY,
    body_id         UUID NOT NULL REFERENCES proceedings_body (id),
    organisation_id UUID REFERENCES organisation (id),
    name            VARCHAR(300) NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX committee_body_name_idx ON committee (body_id, name);

-- A membership keeps its own id (OParl Membership) although the committee's save rewrites the rows.
CREATE TABLE committee_member (
    committee_id UUID NOT NULL REFERENCES committee (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    membership_id UUID NOT NULL,
    person_id    UUID NOT NULL REFERENCES proceedings_person (id),
    role         VARCHAR(100),
    voting_right BOOLEAN NOT NULL,
    start_date   DATE,
    end_date     DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (committee_id, position)
);
CREATE INDEX committee_member_person_idx ON committee_member (person_id);

CREATE TABLE proceedings_case (
    id               UUID PRIMARY KEY,
    body_id          UUID NOT NULL REFERENCES proceedings_body (id),
    case_number      VARCHAR(40) NOT NULL,
    title            VARCHAR(2000) NOT NULL,
    kle_code         VARCHAR(40),
    hearing_deadline DATE,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX proceedings_case_number_idx ON proceedings_case (body_id, case_number);

-- "Tidsplan for behandling": when which body treats the case, and what it does.
CREATE TABLE case_step (
    case_id   UUID NOT NULL REFERENCES proceedings_case (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    step_date DATE,
    body_name VARCHAR(300),
    action    VARCHAR(2000),
    PRIMARY KEY (case_id, position)
);

CREATE TABLE meeting (
    id                 UUID PRIMARY KEY,
    committee_id       UUID NOT NULL REFERENCES committee (id),
    meeting_date       DATE NOT NULL,
    start_time         TIME,
    end_time           TIME,
    place              VARCHAR(500),
    status             VARCHAR(30) NOT NULL,
    other_participants VARCHAR(4000),
    source_name        VARCHAR(300),
    deleted            BOOLEAN NOT NULL,
    version            BIGINT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meeting_committee_idx ON meeting (committee_id, meeting_date);

CREATE TABLE meeting_participant (
    meeting_id UUID NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INT NOT NULL,
    person_id  UUID REFERENCES proceedings_person (id),
    name       VARCHAR(300) NOT NULL,
    attendance VARCHAR(20) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

-- body_id repeats the meeting's committee's body so that OParl's list of a body's items is one index
-- range in id order (keyset paging), without joining and sorting every item of the body.
CREATE TABLE agenda_item (
    id             UUID PRIMARY KEY,
    meeting_id     UUID NOT NULL REFERENCES meeting (id),
    body_id        UUID NOT NULL,
    case_id        UUID REFERENCES proceedings_case (id),
    number         VARCHAR(20),
    sort_order     INT NOT NULL,
    title          VARCHAR(2000) NOT NULL,
    closed         BOOLEAN NOT NULL,
    case_number    VARCHAR(40),
    kle_code       VARCHAR(40),
    description    VARCHAR,
    recommendation VARCHAR,
    decision       VARCHAR,
    deleted        BOOLEAN NOT NULL,
    version        BIGINT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, sort_order);
CREATE INDEX agenda_item_case_idx ON agenda_item (case_id);
-- OParl's list pages by id within a body. body_id deliberately has no foreign key: H2 would give the
-- key an index on body_id alone, prefer it for "body_id = ?", and sort all the body's items for every
-- page. It is written once, from the meeting's committee, whose keys hold the integrity.
CREATE INDEX agenda_item_body_idx ON agenda_item (body_id, id);

CREATE TABLE agenda_item_attachment (
    agenda_item_id UUID NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position       INT NOT NULL,
    file_id        UUID NOT NULL,
    name           VARCHAR(1000) NOT NULL,
    PRIMARY KEY (agenda_item_id, position)
);
CREATE INDEX agenda_item_attachment_file_idx ON agenda_item_attachment (file_id);

-- What an agenda item concerns: a strategy, goal or initiative, by id (other modules' records).
CREATE TABLE agenda_item_link (
    agenda_item_id UUID NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    target_kind    VARCHAR(20) NOT NULL,
    target_id      UUID NOT NULL,
    PRIMARY KEY (agenda_item_id, target_kind, target_id)
);
CREATE INDEX agenda_item_link_target_idx ON agenda_item_link (target_id);

-- A read minutes document waiting for review; nothing of it is a proceeding until confirmed.
CREATE TABLE minutes_import (
    id           UUID PRIMARY KEY,
    created_by   VARCHAR(200) NOT NULL,
    file_name    VARCHAR(300),
    state        VARCHAR(20) NOT NULL,
    preview      VARCHAR,
    error        VARCHAR(2000),
    meeting_id   UUID REFERENCES meeting (id),
    version      BIGINT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
