using System.Globalization;

namespace LearningSociety.LoadTest;

public sealed class OptionException(string message) : Exception(message);

/// <summary><c>--name value</c> pairs and <c>--flag</c>s of one command.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new OptionException($"Unexpected argument '{args[i]}'.");
            }

            var name = args[i][2..];
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options.values[name] = hasValue ? args[++i] : null;
        }

        return options;
    }

    public bool Has(string name) => values.ContainsKey(name);

    public string? Text(string name) => values.GetValueOrDefault(name);

    public string Required(string name)
        => values.GetValueOrDefault(name) is { Length: > 0 } value ? value : throw new OptionException($"--{name} is required.");

    public int Number(string name, int fallback)
        => values.GetValueOrDefault(name) is not { } text ? fallback
            : int.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
                NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
            : throw new OptionException($"--{name} takes a whole number, not '{text}'.");

    /// <summary>"20s", "2m", "90" (seconds).</summary>
    public TimeSpan Duration(string name, TimeSpan fallback)
    {
        if (values.GetValueOrDefault(name) is not { } text)
        {
            return fallback;
        }

        var unit = text[^1] switch { 's' => 1, 'm' => 60, 'h' => 3600, _ => 0 };
        var number = unit == 0 ? text : text[..^1];
        return int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? TimeSpan.FromSeconds(n * Math.Max(unit, 1))
            : throw new OptionException($"--{name} takes a duration such as 20s or 2m, not '{text}'.");
    }

    public IReadOnlyList<string> List(string name)
        => values.GetValueOrDefault(name) is { } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
}
