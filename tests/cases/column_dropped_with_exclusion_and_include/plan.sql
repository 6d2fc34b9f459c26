BEGIN;

-- lock: ACCESS EXCLUSIVE on public.bookings
-- hazards: data_loss
ALTER TABLE public.bookings DROP COLUMN room;

-- lock: ACCESS EXCLUSIVE on public.bookings
-- hazards: data_loss
ALTER TABLE public.bookings DROP COLUMN note;

-- lock: ACCESS EXCLUSIVE on public.bookings
ALTER TABLE public.bookings ADD COLUMN room_name text;

-- online form on public.bookings: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.bookings
-- hazards: access_exclusive_lock, index_build
ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_excl EXCLUDE USING btree (room_name WITH =);

COMMIT;

-- online form on public.bookings: its size is unknown (planned without statistics), threshold 10 MB
-- lock: SHARE UPDATE EXCLUSIVE on public.bookings
-- hazards: index_build, non_transactional
CREATE UNIQUE INDEX CONCURRENTLY bookings_key ON public.bookings USING btree (id);

BEGIN;

-- lock: ACCESS EXCLUSIVE on public.bookings
ALTER TABLE public.bookings ADD CONSTRAINT bookings_key UNIQUE USING INDEX bookings_key;

COMMIT;
