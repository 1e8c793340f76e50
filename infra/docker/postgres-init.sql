-- One PostgreSQL server for Docker Compose, one database per service (and one for Keycloak).
-- In production each service has its own server (infra/k8s); the databases stay separate here so
-- nothing can come to depend on sharing one.
create database trefpunt_tenant owner trefpunt;
create database trefpunt_core owner trefpunt;
create database trefpunt_reservation owner trefpunt;
create database keycloak owner trefpunt;
