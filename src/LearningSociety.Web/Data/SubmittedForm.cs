namespace LearningSociety.Web.Data;

/// <summary>
/// A form that was saved, so that the same form posted again (a double click, a retry on a slow connection, the back
/// button) lands on the page the first post led to instead of saving a second record. <see cref="Key"/> stands for one
/// rendered form, its user and what was typed in it (<c>Features/Shared/OncePerForm</c>); the row is written in the
/// transaction of the save it guards, so a second post waits for the first and finds it or saves itself.
/// </summary>
public sealed class SubmittedForm
{
    /// <summary>The longest page address kept.</summary>
    public const int MaxResultUrlLength = 1000;

    public string Key { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Where the first post led (the record it saved); set before the transaction commits.</summary>
    public string? ResultUrl { get; set; }
}
