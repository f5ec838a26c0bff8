using System.Text.Json;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// One field of a record as the user's form saw it (<see cref="Loaded"/>, null when the form did not say), as it is saved
/// now after someone else's save (<see cref="Saved"/>) and as the user typed it (<see cref="Typed"/>), each as shown on
/// the page. <see cref="Name"/> is the form field.
/// </summary>
public sealed record EditedField(string Name, string Label, string? Loaded, string? Saved, string? Typed, bool LoadedKnown = true)
{
    public bool ChangedByOther => !LoadedKnown ? Saved != Typed : Loaded != Saved;

    public bool ChangedByUser => !LoadedKnown || Typed != Loaded;

    /// <summary>The other officer's value goes into the form: they changed the field and the user did not.</summary>
    public bool TakeSaved => ChangedByOther && !ChangedByUser;
}

/// <summary>What someone else changed in a record the user was editing, as the form lists it ("Người khác vừa lưu: …").</summary>
/// <param name="Yours">What the user typed in the same field when it differs from the other's value; the form keeps it.</param>
public sealed record ChangedField(string Label, string Before, string After, string? Yours);

/// <summary>
/// Two officers editing one record at once (a citizen, a unit's facts of a year): the record's concurrency stamp refuses
/// the second save, and the form comes back with the first officer's changes merged in — fields only they changed take
/// their value, fields the user changed keep what the user typed — and a list of what they changed, so nothing is
/// silently overwritten and nothing typed is lost. The form carries the values it was opened with
/// (<see cref="Snapshot{T}"/>) to tell the two apart.
/// </summary>
public static class ConcurrentEdit
{
    public const string Blank = "(trống)";

    /// <summary>The values a form was opened with, for its hidden field.</summary>
    public static string Snapshot<T>(T values) => JsonSerializer.Serialize(values);

    /// <summary>The values a form says it was opened with; null when missing or not readable (the form is then compared with what is saved).</summary>
    public static T? Read<T>(string? snapshot)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(snapshot))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(snapshot);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The list the form shows: each field someone else changed, with the user's value where both changed it.</summary>
    public static IReadOnlyList<ChangedField> ChangesOfOthers(IEnumerable<EditedField> fields)
        => fields.Where(f => f.ChangedByOther)
            .Select(f => new ChangedField(f.Label, f.LoadedKnown ? f.Loaded ?? Blank : "…", f.Saved ?? Blank,
                f.ChangedByUser && f.Typed != f.Saved ? f.Typed ?? Blank : null))
            .ToList();
}
