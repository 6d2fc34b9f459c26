BEGIN;

-- lock: ACCESS EXCLUSIVE on public.alerts; SHARE ROW EXCLUSIVE on public.readings
ALTER TABLE public.alerts DROP CONSTRAINT alerts_site_taken_at_fkey;

-- lock: ACCESS EXCLUSIVE on public.readings_north
-- hazards: data_loss
DROP TABLE public.readings_north;

-- lock: ACCESS EXCLUSIVE on public.readings_south
-- hazards: data_loss
DROP TABLE public.readings_south;

-- lock: ACCESS EXCLUSIVE on public.readings
-- hazards: data_loss
DROP TABLE public.readings;

COMMIT;
