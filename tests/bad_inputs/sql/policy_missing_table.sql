-- expect: 2:20: relation "nowhere" does not exist
CREATE POLICY p ON nowhere USING (true);
