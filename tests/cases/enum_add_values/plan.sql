-- hazards: non_transactional
ALTER TYPE public.status ADD VALUE 'pending' BEFORE 'active';

-- hazards: non_transactional
ALTER TYPE public.status ADD VALUE 'suspended' AFTER 'active';
