package nl.trefpunt.core.centre.persistence;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CentreEntities extends JpaRepository<CentreEntity, UUID>, JpaSpecificationExecutor<CentreEntity> {}
