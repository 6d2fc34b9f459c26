CREATE TABLE bookings (
  id int,
  room_name text,
  CONSTRAINT bookings_room_excl EXCLUDE (room_name WITH =),
  CONSTRAINT bookings_key UNIQUE (id)
);
