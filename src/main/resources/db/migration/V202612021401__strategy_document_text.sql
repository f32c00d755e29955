-- Text extracted from an uploaded document (search branch): what the search indexes, or why nothing could
-- be read ("tekst kunne ikke udtrækkes: …"). One row per uploaded file; gone with the strategy or the link.
CREATE TABLE strategy_document_text (
    link_id      UUID PRIMARY KEY,
    strategy_id  UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    status       VARCHAR(20) NOT NULL,
    content      VARCHAR,
    note         VARCHAR(500),
    chars        INT NOT NULL,
    parser       VARCHAR(200),
    extracted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX strategy_document_text_strategy_idx ON strategy_document_text (strategy_id);
