// Build-time helper: packs PNG files (rendered from installers/icons/stitch-tunnel-wizard.svg)
// into a Windows .ico or a macOS .icns, so neither platform's icon tools are needed.
//
//   stitch_icon_pack ico  OUT.ico  a.png b.png ...   (16..256 px; PNG-compressed entries)
//   stitch_icon_pack icns OUT.icns a.png b.png ...   (16..1024 px; PNG-based icns types)
//
// Both formats may hold PNG data as is (Windows Vista and later, macOS 10.7 and later).
// Only the standard library: it runs on the build machine before anything else exists.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace {

using Bytes = std::vector<unsigned char>;

struct Png
{
    std::string path;
    Bytes data;
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};

std::uint32_t readBigEndian32(const Bytes &b, std::size_t at)
{
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) |
           (std::uint32_t{b[at + 2]} << 8) | std::uint32_t{b[at + 3]};
}

void putLittle16(Bytes &out, std::uint32_t v)
{
    out.push_back(static_cast<unsigned char>(v & 0xffu));
    out.push_back(static_cast<unsigned char>((v >> 8) & 0xffu));
}

void putLittle32(Bytes &out, std::uint32_t v)
{
    putLittle16(out, v & 0xffffu);
    putLittle16(out, (v >> 16) & 0xffffu);
}

void putBig32(Bytes &out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<unsigned char>((v >> shift) & 0xffu));
}

void putTag(Bytes &out, const char *tag)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<unsigned char>(tag[i]));
}

bool readPng(const std::string &path, Png &png)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "stitch_icon_pack: cannot read " << path << '\n';
        return false;
    }
    png.path = path;
    png.data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (png.data.size() < 24 || !std::equal(signature, signature + 8, png.data.begin()) ||
        std::string(png.data.begin() + 12, png.data.begin() + 16) != "IHDR") {
        std::cerr << "stitch_icon_pack: not a PNG file: " << path << '\n';
        return false;
    }
    png.width = readBigEndian32(png.data, 16);
    png.height = readBigEndian32(png.data, 20);
    if (png.width != png.height || png.width == 0) {
        std::cerr << "stitch_icon_pack: icon images must be square: " << path << '\n';
        return false;
    }
    return true;
}

bool packIco(const std::vector<Png> &pngs, Bytes &out)
{
    // ICONDIR, then one ICONDIRENTRY per image, then the images.
    putLittle16(out, 0);
    putLittle16(out, 1);
    putLittle16(out, static_cast<std::uint32_t>(pngs.size()));
    std::uint32_t offset = 6 + 16 * static_cast<std::uint32_t>(pngs.size());
    for (const Png &png : pngs) {
        if (png.width > 256) {
            std::cerr << "stitch_icon_pack: .ico images are at most 256 px: " << png.path << '\n';
            return false;
        }
        const auto side = static_cast<unsigned char>(png.width == 256 ? 0 : png.width);
        out.push_back(side);
        out.push_back(side);
        out.push_back(0);     // no palette
        out.push_back(0);     // reserved
        putLittle16(out, 1);  // colour planes
        putLittle16(out, 32); // bits per pixel
        putLittle32(out, static_cast<std::uint32_t>(png.data.size()));
        putLittle32(out, offset);
        offset += static_cast<std::uint32_t>(png.data.size());
    }
    for (const Png &png : pngs)
        out.insert(out.end(), png.data.begin(), png.data.end());
    return true;
}

bool packIcns(const std::vector<Png> &pngs, Bytes &out)
{
    // PNG-based icns element types: each size as itself and, where it exists, as the @2x
    // image of half its size.
    struct Type
    {
        std::uint32_t pixels;
        const char *tag;
    };
    static const Type types[] = {
        {16, "icp4"},   {32, "icp5"}, {64, "icp6"}, {128, "ic07"}, {256, "ic08"}, {512, "ic09"},
        {1024, "ic10"}, {32, "ic11"}, {64, "ic12"}, {256, "ic13"}, {512, "ic14"},
    };
    Bytes body;
    for (const Type &type : types) {
        for (const Png &png : pngs) {
            if (png.width != type.pixels)
                continue;
            putTag(body, type.tag);
            putBig32(body, static_cast<std::uint32_t>(8 + png.data.size()));
            body.insert(body.end(), png.data.begin(), png.data.end());
            break;
        }
    }
    if (body.empty()) {
        std::cerr << "stitch_icon_pack: no image of a size .icns knows (16..1024 px)\n";
        return false;
    }
    putTag(out, "icns");
    putBig32(out, static_cast<std::uint32_t>(8 + body.size()));
    out.insert(out.end(), body.begin(), body.end());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::cerr << "usage: stitch_icon_pack ico|icns OUT IMAGE.png...\n";
        return 2;
    }
    const std::string format = argv[1];
    const std::string outPath = argv[2];
    std::vector<Png> pngs;
    for (int i = 3; i < argc; ++i) {
        Png png;
        if (!readPng(argv[i], png))
            return 1;
        pngs.push_back(std::move(png));
    }
    Bytes out;
    bool ok = false;
    if (format == "ico")
        ok = packIco(pngs, out);
    else if (format == "icns")
        ok = packIcns(pngs, out);
    else
        std::cerr << "stitch_icon_pack: unknown format " << format << '\n';
    if (!ok)
        return 1;
    std::ofstream file(outPath, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char *>(out.data()),
               static_cast<std::streamsize>(out.size()));
    if (!file) {
        std::cerr << "stitch_icon_pack: cannot write " << outPath << '\n';
        std::remove(outPath.c_str());
        return 1;
    }
    return 0;
}
