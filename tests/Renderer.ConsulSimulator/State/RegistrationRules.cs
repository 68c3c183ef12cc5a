namespace Renderer.ConsulSimulator.State;

/// <summary>
/// The checks Consul's <c>Catalog.Register</c> RPC and state store make before writing, with their
/// messages (agent/consul/catalog_endpoint.go, state/catalog.go). All run before anything is written.
/// </summary>
internal static class RegistrationRules
{
    public static void Validate(CatalogRegistration registration, IReadOnlyDictionary<EntityKey, StoredService> services)
    {
        if (string.IsNullOrEmpty(registration.Node))
        {
            throw new ConsulStateException("Must provide node");
        }

        if (string.IsNullOrEmpty(registration.Address) && !registration.SkipNodeUpdate)
        {
            throw new ConsulStateException("Must provide address if SkipNodeUpdate is not set");
        }

        if (registration.Id.Length > 0 && !Guid.TryParseExact(registration.Id, "D", out _))
        {
            throw new ConsulStateException($"Bad node ID: uuid string is wrong length or format: \"{registration.Id}\"");
        }

        if (registration.Service is { } service)
        {
            ValidateService(service);
        }

        foreach (var check in registration.Checks)
        {
            ValidateCheck(registration, check, services);
        }
    }

    private static void ValidateService(ServiceRegistration service)
    {
        if (string.IsNullOrEmpty(service.Name))
        {
            throw new ConsulStateException("Must provide service name with ID");
        }

        if (service.Address is "0.0.0.0" or "::" or "[::]")
        {
            throw new ConsulStateException("Invalid service address");
        }
    }

    private static void ValidateCheck(
        CatalogRegistration registration,
        CheckRegistration check,
        IReadOnlyDictionary<EntityKey, StoredService> services)
    {
        if (check.CheckId.Length == 0 && check.Name.Length == 0)
        {
            throw new ConsulStateException("Missing check ID");
        }

        if (check.Status.Length > 0 && !CheckStatus.IsValid(check.Status))
        {
            throw new ConsulStateException($"Invalid check status: '{check.Status}'");
        }

        if (check.ServiceId.Length == 0)
        {
            return;
        }

        var registeredNow = registration.Service is { } service
            && string.Equals(service.EffectiveId, check.ServiceId, StringComparison.OrdinalIgnoreCase);
        if (!registeredNow && !services.ContainsKey(new EntityKey(registration.Node, check.ServiceId)))
        {
            throw new ConsulStateException(
                $"failed inserting check on node \"{registration.Node}\": Missing service registration");
        }
    }
}
