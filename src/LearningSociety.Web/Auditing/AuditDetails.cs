using System.Text.Json;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LearningSociety.Web.Auditing;

/// <summary>
/// What an audit row's <see cref="AuditEntry.Details"/> may show of an entity: secrets and tokens are left out, personal
/// identifiers masked, Vietnamese kept readable. <see cref="AuditInterceptor"/> describes every change through EF with it,
/// and work that writes without the change tracker (the Excel import's bulk insert) describes its rows with it, so both
/// read the same in /Audit.
/// </summary>
public static class AuditDetails
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        nameof(ApplicationUser.PasswordHash), nameof(ApplicationUser.SecurityStamp), nameof(ApplicationUser.ConcurrencyStamp),
        nameof(ApplicationUser.NormalizedUserName), nameof(ApplicationUser.NormalizedEmail), "Content",
    };

    private static readonly HashSet<string> Masked = new(StringComparer.Ordinal) { "NationalId", "Phone", nameof(ApplicationUser.PhoneNumber) };

    // Vietnamese stays readable in the trail ("đã đổi", not "\u0111\u00E3 \u0111\u1ED5i").
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>A secret never copied into the trail (password hash, security and concurrency stamps, file content).</summary>
    public static bool IsSecret(string propertyName) => Secret.Contains(propertyName);

    /// <summary>
    /// True for a property the trail never shows as a value: the key (it is the row's <see cref="AuditEntry.EntityId"/>),
    /// a secret, or the value of an authenticator token (the trail says a token changed, never its value).
    /// </summary>
    public static bool IsLeftOut(IReadOnlyProperty property)
        => property.IsPrimaryKey() || IsSecret(property.Name)
            || (typeof(IdentityUserToken<string>).IsAssignableFrom(property.DeclaringType.ClrType) && property.Name == nameof(IdentityUserToken<string>.Value));

    /// <summary>The value as the trail shows it: CCCD and phone numbers keep only their last four digits.</summary>
    public static object? Shown(string propertyName, object? value)
        => Masked.Contains(propertyName) && value is not null ? LearningSociety.Domain.Citizens.NationalIdNumber.Mask(value.ToString()) : value;

    public static string Serialize<T>(T details) => JsonSerializer.Serialize(details, JsonOptions);

    /// <summary>A JSON text written by <paramref name="write"/> with the trail's options (<see cref="AuditShape"/>).</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOptions.Encoder }))
        {
            write(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>
/// The properties of one entity type as the trail shows them (<see cref="AuditDetails"/>), looked up once for the many
/// rows of a write that bypasses the change tracker, and written straight to JSON: the same text
/// <see cref="AuditDetails.Serialize"/> makes of the interceptor's property → [old, new] dictionary, without building it.
/// </summary>
/// <param name="withKey">Whether <see cref="WriteValues"/> includes the key (a card's id; not its scores').</param>
/// <param name="within">The foreign key to the entity the row is about, left out of <see cref="WriteValues"/> (a card's citizen).</param>
public sealed class AuditShape(IEntityType type, bool withKey = false, IReadOnlyForeignKey? within = null)
{
    private readonly (JsonEncodedText Name, string Property, IClrPropertyGetter Value, bool IsKey)[] _properties = [.. type.GetProperties()
        .Where(p => !AuditDetails.IsLeftOut(p) || (p.IsPrimaryKey() && withKey))
        .Where(p => within is null || !within.Properties.Contains(p))
        .OrderBy(p => !p.IsPrimaryKey())
        .Select(p => (JsonEncodedText.Encode(p.Name, AuditDetails.JsonOptions.Encoder), p.Name, p.GetGetter(), p.IsPrimaryKey()))];

    /// <summary>The name of the entity as <see cref="AuditEntry.Entity"/> gives it.</summary>
    public string Entity => type.ClrType.Name;

    /// <summary>
    /// The properties of an added entity as <see cref="AuditInterceptor"/> records them, <c>"Name":[null,value]</c>, into the
    /// object being written (the key is the row's EntityId).
    /// </summary>
    public void WriteAdded(Utf8JsonWriter json, object entity)
    {
        foreach (var (name, property, value, isKey) in _properties)
        {
            if (!isKey)
            {
                json.WriteStartArray(name);
                json.WriteNullValue();
                Write(json, AuditDetails.Shown(property, value.GetClrValue(entity)));
                json.WriteEndArray();
            }
        }
    }

    /// <summary>The values alone, <c>"Name":value</c>, those not set left out: an entity written with the one the row is about.</summary>
    public void WriteValues(Utf8JsonWriter json, object entity)
    {
        foreach (var (name, property, value, _) in _properties)
        {
            if (AuditDetails.Shown(property, value.GetClrValue(entity)) is { } shown)
            {
                json.WritePropertyName(name);
                Write(json, shown);
            }
        }
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType(), AuditDetails.JsonOptions);
                break;
        }
    }
}
