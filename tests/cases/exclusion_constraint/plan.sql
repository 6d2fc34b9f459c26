BEGIN;

ALTER TABLE public.rooms ADD CONSTRAINT rooms_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);

COMMIT;
