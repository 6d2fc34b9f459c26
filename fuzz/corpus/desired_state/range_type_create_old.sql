CREATE TABLE bookings (id int);
