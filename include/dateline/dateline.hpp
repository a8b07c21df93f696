// Everything: include this to use dateline as a library.
#pragma once

#include <dateline/actors.hpp>
#include <dateline/document.hpp>
#include <dateline/error.hpp>
#include <dateline/events.hpp>
#include <dateline/graph.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>
#include <dateline/render.hpp>
#include <dateline/text.hpp>
#include <dateline/timeline.hpp>
#include <dateline/timex.hpp>
