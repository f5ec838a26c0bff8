namespace LearningSociety.Web.Auditing;

/// <summary>One audited event: a state change of an entity, or a read/export of personal data.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>User name of the actor, or "hệ thống" for start-up work.</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>Added, Modified, Deleted, Export, View, SignIn, SignInFailed …</summary>
    public string Action { get; set; } = string.Empty;

    public string Entity { get; set; } = string.Empty;

    public string? EntityId { get; set; }

    /// <summary>JSON object of property → [old, new] for changes, or a short description for reads.</summary>
    public string? Details { get; set; }
}
