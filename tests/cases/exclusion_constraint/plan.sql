BEGIN;

-- online form on public.rooms: its size is unknown (planned without statistics), threshold 10 MB
-- lock: ACCESS EXCLUSIVE on public.rooms
-- hazards: access_exclusive_lock, index_build
ALTER TABLE public.rooms ADD CONSTRAINT rooms_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);

COMMIT;
