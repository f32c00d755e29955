-- Report jobs in the database, so any instance answers for a job's progress and download; the finished
-- file lies in the file storage (namespace report-jobs) under the job's id.
CREATE TABLE report_job (
    id UUID NOT NULL PRIMARY KEY,
    owner_id UUID NOT NULL,
    request VARCHAR(2000) NOT NULL,
    state VARCHAR(10) NOT NULL,
    step INT NOT NULL,
    file_name VARCHAR(300),
    size BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    instance_id VARCHAR(255) NOT NULL
);
CREATE INDEX report_job_owner ON report_job (owner_id, state);
