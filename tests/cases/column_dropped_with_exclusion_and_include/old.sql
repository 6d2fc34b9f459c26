CREATE TABLE bookings (
  id int,
  room text,
  note text,
  CONSTRAINT bookings_room_excl EXCLUDE (room WITH =),
  CONSTRAINT bookings_key UNIQUE (id) INCLUDE (note)
);
