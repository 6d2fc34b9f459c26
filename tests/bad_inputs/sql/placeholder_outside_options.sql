-- expect: 2:32: secret placeholder :'pgfleet_secret_x' stands only for the value of a secret option
CREATE TABLE t (a text DEFAULT :'pgfleet_secret_x');
