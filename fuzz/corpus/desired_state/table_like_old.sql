CREATE TABLE audit_template (
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  note text COLLATE "C",
  CONSTRAINT audit_order CHECK (created_at <= updated_at),
  UNIQUE (created_at, note)
);
CREATE INDEX audit_template_lower_note ON audit_template (lower(note)) WHERE note IS NOT NULL;
COMMENT ON COLUMN audit_template.note IS 'free text';
COMMENT ON INDEX audit_template_lower_note IS 'case-insensitive lookup';
