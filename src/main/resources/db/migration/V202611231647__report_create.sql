-- The free texts of an annual report, written in Pejling per strategy and year: the foreword, the
-- introduction, and per main goal its introduction and its examples of initiatives.
CREATE TABLE report_text (
    strategy_id UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    report_year INT NOT NULL,
    section     VARCHAR(120) NOT NULL,
    body        VARCHAR,
    version     BIGINT NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (strategy_id, report_year, section)
);
