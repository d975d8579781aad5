-- Derived records (metrics.md), rebuilt per affected key from the facts with set-based SQL.

-- StudentWeeklyPerformance. The unrounded sums are kept beside the rounded averages, so a
-- rebuild compares exactly and means can be pooled over weeks.
CREATE TABLE analytics_student_weeks (
    student_id         BIGINT          NOT NULL,
    week_start         DATE            NOT NULL,
    school_id          BIGINT          NOT NULL,
    quiz_count         INTEGER         NOT NULL,
    quiz_sum           DECIMAL(38, 16) NOT NULL,
    assignment_count   INTEGER         NOT NULL,
    assignment_sum     DECIMAL(38, 16) NOT NULL,
    quiz_average       DECIMAL(5, 2),
    assignment_average DECIMAL(5, 2),
    overall_average    DECIMAL(5, 2)   NOT NULL,
    PRIMARY KEY (student_id, week_start)
);

-- StudentDailySummary: a row exists while the day has attendance, a due assignment or a
-- behaviour entry.
CREATE TABLE analytics_student_days (
    student_id         BIGINT      NOT NULL,
    on_date            DATE        NOT NULL,
    school_id          BIGINT      NOT NULL,
    attendance_status  VARCHAR(10),
    homework_completed BOOLEAN,
    behavior_score     INTEGER,
    PRIMARY KEY (student_id, on_date)
);

-- StudentTermPerformance, per (student, term, subject). class_rank is within
-- (class_section_id, term_id, subject_id). teacher_comment is the one client-written field;
-- a rebuild keeps it.
CREATE TABLE analytics_student_terms (
    student_id            BIGINT          NOT NULL,
    term_id               BIGINT          NOT NULL,
    subject_id            BIGINT          NOT NULL,
    school_id             BIGINT          NOT NULL,
    class_section_id      BIGINT,
    item_count            INTEGER         NOT NULL,
    grade_sum             DECIMAL(38, 16) NOT NULL,
    average_grade         DECIMAL(5, 2),
    attendance_percentage DECIMAL(5, 2),
    class_rank            INTEGER,
    teacher_comment       VARCHAR(4000),
    PRIMARY KEY (student_id, term_id, subject_id)
);
CREATE INDEX analytics_student_terms_group ON analytics_student_terms (term_id, subject_id, class_section_id);

-- TeacherWeeklyMetric. attended/recorded are the pooled attendance counts behind the rate.
CREATE TABLE analytics_teacher_weeks (
    teacher_id                 BIGINT  NOT NULL,
    week_start                 DATE    NOT NULL,
    school_id                  BIGINT  NOT NULL,
    classes_taught             INTEGER NOT NULL,
    homeworks_assigned         INTEGER NOT NULL,
    parent_communications      INTEGER NOT NULL,
    attended                   INTEGER NOT NULL,
    recorded                   INTEGER NOT NULL,
    average_student_attendance DECIMAL(5, 2),
    finalised_at               TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (teacher_id, week_start)
);

-- Early-warning thresholds per school; a school without a row uses the spec's defaults.
CREATE TABLE analytics_school_settings (
    school_id               BIGINT        NOT NULL PRIMARY KEY,
    low_attendance_below    DECIMAL(5, 2) NOT NULL,
    low_grades_below        DECIMAL(5, 2) NOT NULL,
    declining_weeks         INTEGER       NOT NULL,
    declining_points        DECIMAL(5, 2) NOT NULL,
    missing_work_below      DECIMAL(5, 2) NOT NULL
);
CREATE INDEX analytics_student_weeks_school ON analytics_student_weeks (school_id, week_start);
CREATE INDEX analytics_teacher_weeks_school ON analytics_teacher_weeks (school_id, week_start);
CREATE INDEX analytics_student_terms_student ON analytics_student_terms (student_id, term_id);
