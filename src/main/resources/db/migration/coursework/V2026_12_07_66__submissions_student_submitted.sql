-- The class and student reports read a week's submissions of a group of students, those
-- graded OR handed in within the week. With only (student_id, graded_at) PostgreSQL read
-- every submission of the students' term and filtered; with this index beside it, it reads
-- the two ranges (BitmapOr): 189 rows instead of 1,503 for a class of 30 in the bench school.
CREATE INDEX submissions_student_submitted ON submissions (student_id, submitted_at);
