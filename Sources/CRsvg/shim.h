// librsvg (GNOME's SVG renderer) and cairo, whose image surface it renders into: an SVG seal is
// drawn at print resolution and handed on as a PNG (Images/SVGRaster.swift).
#include <librsvg/rsvg.h>
#include <cairo.h>
