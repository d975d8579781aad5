-- Analytics facts: one row per source record, kept by synchronous listeners from the
-- intake events (never read from the source modules' tables). Each fact carries its
-- local day and ISO week start in the school's zone, computed in Java. Runs unchanged on
-- H2 (PostgreSQL mode) and PostgreSQL.

-- Graded items: graded submissions (kind A) and scored, completed quiz attempts (kind Q).
-- A row exists exactly while the source counts as a graded item. percentage is
-- score / max_score x 100 at 16 decimals; sums over it stay exact to far below 0.005.
CREATE TABLE analytics_items (
    kind        CHAR(1)        NOT NULL,
    source_id   BIGINT         NOT NULL,
    parent_id   BIGINT         NOT NULL,
    school_id   BIGINT         NOT NULL,
    student_id  BIGINT         NOT NULL,
    teacher_id  BIGINT         NOT NULL,
    subject_id  BIGINT         NOT NULL,
    score       DECIMAL(19, 4) NOT NULL,
    max_score   DECIMAL(19, 4) NOT NULL,
    percentage  DECIMAL(38, 16) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    local_date  DATE           NOT NULL,
    week_start  DATE           NOT NULL,
    PRIMARY KEY (kind, source_id),
    CONSTRAINT analytics_items_kind CHECK (kind IN ('A', 'Q'))
);
CREATE INDEX analytics_items_student_date ON analytics_items (student_id, local_date);
CREATE INDEX analytics_items_parent ON analytics_items (kind, parent_id);
CREATE INDEX analytics_items_school_date ON analytics_items (school_id, local_date);

-- Daily attendance, one row per (student, day), as the attendance module keeps it.
CREATE TABLE analytics_attendance (
    student_id    BIGINT      NOT NULL,
    on_date       DATE        NOT NULL,
    attendance_id BIGINT      NOT NULL,
    school_id     BIGINT      NOT NULL,
    status        VARCHAR(10) NOT NULL,
    week_start    DATE        NOT NULL,
    PRIMARY KEY (student_id, on_date)
);
CREATE INDEX analytics_attendance_school_date ON analytics_attendance (school_id, on_date);
CREATE INDEX analytics_attendance_student_week ON analytics_attendance (student_id, week_start);

-- Homework: one row per (assignment, assigned student), with the submission if any.
CREATE TABLE analytics_homework (
    assignment_id BIGINT NOT NULL,
    student_id    BIGINT NOT NULL,
    school_id     BIGINT NOT NULL,
    teacher_id    BIGINT NOT NULL,
    subject_id    BIGINT NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    due_date      DATE   NOT NULL,
    submission_id BIGINT,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (assignment_id, student_id)
);
CREATE INDEX analytics_homework_student_due ON analytics_homework (student_id, due_date);

-- Assignments as a teacher's homework count: created_at placed in the school's week.
CREATE TABLE analytics_assignments (
    assignment_id BIGINT NOT NULL PRIMARY KEY,
    school_id     BIGINT NOT NULL,
    teacher_id    BIGINT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    week_start    DATE   NOT NULL
);
CREATE INDEX analytics_assignments_teacher_week ON analytics_assignments (teacher_id, week_start);

CREATE TABLE analytics_behavior (
    entry_id    BIGINT  NOT NULL PRIMARY KEY,
    school_id   BIGINT  NOT NULL,
    student_id  BIGINT  NOT NULL,
    on_date     DATE    NOT NULL,
    score       INTEGER NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analytics_behavior_student_date ON analytics_behavior (student_id, on_date);

CREATE TABLE analytics_lessons (
    lesson_id  BIGINT  NOT NULL PRIMARY KEY,
    school_id  BIGINT  NOT NULL,
    teacher_id BIGINT  NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    week_start DATE    NOT NULL,
    held       BOOLEAN NOT NULL
);
CREATE INDEX analytics_lessons_teacher_week ON analytics_lessons (teacher_id, week_start);

CREATE TABLE analytics_parent_communications (
    communication_id BIGINT NOT NULL PRIMARY KEY,
    school_id        BIGINT NOT NULL,
    teacher_id       BIGINT NOT NULL,
    student_id       BIGINT NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    week_start       DATE   NOT NULL
);
CREATE INDEX analytics_parent_comms_teacher_week ON analytics_parent_communications (teacher_id, week_start);

-- People as analytics needs them: role, standing and (for students) class section.
CREATE TABLE analytics_people (
    user_id          BIGINT      NOT NULL PRIMARY KEY,
    school_id        BIGINT      NOT NULL,
    role             VARCHAR(10) NOT NULL,
    active           BOOLEAN     NOT NULL,
    class_section_id BIGINT
);
CREATE INDEX analytics_people_class ON analytics_people (class_section_id);

CREATE TABLE analytics_enrollments (
    enrollment_id BIGINT  NOT NULL PRIMARY KEY,
    school_id     BIGINT  NOT NULL,
    student_id    BIGINT  NOT NULL,
    teacher_id    BIGINT  NOT NULL,
    subject_id    BIGINT  NOT NULL,
    start_date    DATE    NOT NULL,
    end_date      DATE,
    active        BOOLEAN NOT NULL
);
CREATE INDEX analytics_enrollments_student ON analytics_enrollments (student_id, subject_id);
CREATE INDEX analytics_enrollments_teacher ON analytics_enrollments (teacher_id, active);

CREATE TABLE analytics_terms (
    term_id    BIGINT NOT NULL PRIMARY KEY,
    school_id  BIGINT NOT NULL,
    start_date DATE   NOT NULL,
    end_date   DATE   NOT NULL
);
CREATE INDEX analytics_terms_school ON analytics_terms (school_id, start_date);

-- Payments, for the revenue of school health: paid_at placed on the school's local day.
CREATE TABLE analytics_payments (
    payment_id BIGINT         NOT NULL PRIMARY KEY,
    school_id  BIGINT         NOT NULL,
    student_id BIGINT         NOT NULL,
    amount     DECIMAL(19, 4) NOT NULL,
    currency   CHAR(3)        NOT NULL,
    paid_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    local_date DATE           NOT NULL
);
CREATE INDEX analytics_payments_school_date ON analytics_payments (school_id, local_date);
CREATE INDEX analytics_homework_school_due ON analytics_homework (school_id, due_date);
