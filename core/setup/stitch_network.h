#pragma once

// Stitch's regions and the input validators live in core/common (stitch_regions.h,
// input_validation.h), below session/ and setup/, which both use them. The front ends' existing
// setup:: spellings still reach them through this header.
#include "common/input_validation.h"
#include "common/stitch_regions.h"

namespace stitch::setup {

using stitch::DatabaseNameKind;
using stitch::HostUse;
using stitch::isPrivateHost;
using stitch::normalizeCidr;
using stitch::stitchGuideUrl;
using stitch::StitchRegion;
using stitch::stitchRegion;
using stitch::stitchRegions;
using stitch::validateDatabaseHost;
using stitch::validateDatabaseName;
using stitch::validateHost;
using stitch::validatePort;
using stitch::validatePublicHost;
using stitch::validateTunnelUser;

} // namespace stitch::setup
