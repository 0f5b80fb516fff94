package org.nastavnik.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.AccessService.RoleView;
import org.nastavnik.access.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Role assignments and sign-in accounts in the JSON API, by the rules of the roles page. */
@RestController
@Tag(name = "roles", description = "Role assignments and sign-in accounts")
class AccessApiController {

    private final AccessService access;

    AccessApiController(AccessService access) {
        this.access = access;
    }

    record GrantRequest(@NotNull Long personId, @NotNull Role role, Long unitId) {}

    record AccountRequest(
            @NotBlank @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 200) String email,
            @NotBlank @Size(max = 128) String password) {}

    @GetMapping("/api/v1/people/{id}/roles")
    @Operation(summary = "The active roles of a person, at units within the caller's scope")
    List<RoleView> roles(@PathVariable long id) {
        return access.rolesOf(id);
    }

    @PostMapping("/api/v1/role-assignments")
    @Operation(summary = "Grants a role at a unit of the role's level (no unit for ADMIN); 403 beyond one's rights")
    ResponseEntity<Map<String, Long>> grant(@Valid @RequestBody GrantRequest request) {
        long id = access.grant(request.personId(), request.role(), request.unitId());
        return ResponseEntity.created(URI.create("/api/v1/role-assignments/" + id))
                .body(Map.of("id", id));
    }

    @DeleteMapping("/api/v1/role-assignments/{id}")
    @Operation(summary = "Revokes a role assignment; the history stays in the audit")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        access.revoke(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/people/{id}/account")
    @Operation(summary = "Creates the sign-in account of a person (e-mail and an initial password)")
    ResponseEntity<Map<String, Long>> createAccount(@PathVariable long id, @Valid @RequestBody AccountRequest request) {
        long accountId = access.createAccount(id, request.email(), request.password());
        return ResponseEntity.status(201).body(Map.of("id", accountId));
    }

    @PostMapping("/api/v1/people/{id}/account/disable")
    @Operation(summary = "Disables the account of a person and ends its sessions")
    ResponseEntity<Void> disable(@PathVariable long id) {
        access.disable(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/people/{id}/account/enable")
    @Operation(summary = "Lets a disabled account sign in again")
    ResponseEntity<Void> enable(@PathVariable long id) {
        access.enable(id);
        return ResponseEntity.noContent().build();
    }
}
