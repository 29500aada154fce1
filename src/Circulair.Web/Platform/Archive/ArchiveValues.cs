using System.Globalization;
using System.Text.Json;

namespace Circulair.Web.Platform.Archive;

/// <summary>
/// How one model value is written in a table line of the archive and read back: JSON numbers, strings and booleans,
/// timestamps as ISO 8601 in UTC, dates as yyyy-MM-dd, enums as their number, binary as base64. Written by hand
/// rather than through the serializer so a million scan figures stream without boxing a document per row.
/// </summary>
public static class ArchiveValues
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case byte by: writer.WriteNumberValue(by); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double d: writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture)); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case float f: writer.WriteStringValue(f.ToString(CultureInfo.InvariantCulture)); break;
            case DateTime dt: writer.WriteStringValue(DateTime.SpecifyKind(dt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset dto: writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly time: writer.WriteStringValue(time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case TimeSpan span: writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture)); break;
            case Guid g: writer.WriteStringValue(g); break;
            case byte[] bytes: writer.WriteBase64StringValue(bytes); break;
            case Enum e: writer.WriteNumberValue(Convert.ToInt64(e, CultureInfo.InvariantCulture)); break;
            default: throw new NotSupportedException($"The archive cannot hold a value of type {value.GetType().Name}.");
        }
    }

    /// <summary>Reads a value of <paramref name="type"/> (without Nullable); throws FormatException on a value that does not fit.</summary>
    public static object? Read(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (type.IsEnum)
        {
            return Enum.ToObject(type, element.GetInt64());
        }
        return type switch
        {
            _ when type == typeof(string) => element.GetString(),
            _ when type == typeof(bool) => element.GetBoolean(),
            _ when type == typeof(int) => element.GetInt32(),
            _ when type == typeof(long) => element.GetInt64(),
            _ when type == typeof(short) => element.GetInt16(),
            _ when type == typeof(byte) => element.GetByte(),
            _ when type == typeof(decimal) => element.GetDecimal(),
            _ when type == typeof(double) => element.ValueKind == JsonValueKind.String ? double.Parse(element.GetString()!, CultureInfo.InvariantCulture) : element.GetDouble(),
            _ when type == typeof(float) => element.ValueKind == JsonValueKind.String ? float.Parse(element.GetString()!, CultureInfo.InvariantCulture) : element.GetSingle(),
            _ when type == typeof(DateTime) => DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture),
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when type == typeof(TimeOnly) => TimeOnly.Parse(element.GetString()!, CultureInfo.InvariantCulture),
            _ when type == typeof(TimeSpan) => TimeSpan.ParseExact(element.GetString()!, "c", CultureInfo.InvariantCulture),
            _ when type == typeof(Guid) => element.GetGuid(),
            _ when type == typeof(byte[]) => element.GetBytesFromBase64(),
            _ => throw new NotSupportedException($"The archive cannot hold a value of type {type.Name}."),
        };
    }
}
