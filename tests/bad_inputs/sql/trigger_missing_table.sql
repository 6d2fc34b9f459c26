-- expect: 3:36: relation "nowhere" does not exist
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tr BEFORE INSERT ON nowhere FOR EACH ROW EXECUTE FUNCTION f();
