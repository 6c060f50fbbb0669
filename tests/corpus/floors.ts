/** Written by scripts/set-floors.ts from measured figures; see tests/rules/corpus.test.ts. */
export const FLOORS: Record<string, { cleanWarned: number; breachSilent: number; categories: Record<string, { precision: number; recall: number }> }> = {
  "tests/corpus/dev.jsonl": {
    "cleanWarned": 0.033,
    "breachSilent": 0.02,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.88,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.94
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.63,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev2.jsonl": {
    "cleanWarned": 0.049,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.94,
        "recall": 0.86
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.95,
        "recall": 0.95
      },
      "confidential": {
        "precision": 0.69,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.96
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev3.jsonl": {
    "cleanWarned": 0.055,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.63,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev4.jsonl": {
    "cleanWarned": 0.015,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.97,
        "recall": 0.88
      },
      "profanity": {
        "precision": 0.77,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.33,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.63,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/everyday-name-nursery.jsonl": {
    "cleanWarned": 0.082,
    "breachSilent": 0.026,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.83,
        "recall": 0.87
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.89,
        "recall": 0.83
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.93
      },
      "work-talk": {
        "precision": 0.93,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-primary.jsonl": {
    "cleanWarned": 0.025,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.86
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.7
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.92
      },
      "work-talk": {
        "precision": 0.96,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/community-preschool.jsonl": {
    "cleanWarned": 0.059,
    "breachSilent": 0.025,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.95
      },
      "derogatory": {
        "precision": 0.65,
        "recall": 0.92
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.75
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/childminder-club.jsonl": {
    "cleanWarned": 0.058,
    "breachSilent": 0.047,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.84
      },
      "personal-info": {
        "precision": 0.64,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.92,
        "recall": 0.87
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/secondary-high.jsonl": {
    "cleanWarned": 0.054,
    "breachSilent": 0.022,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.85,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.88,
        "recall": 0.68
      },
      "confidential": {
        "precision": 0.92,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.95
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/forest-nursery.jsonl": {
    "cleanWarned": 0.068,
    "breachSilent": 0.037,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.79,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/out-of-school-club.jsonl": {
    "cleanWarned": 0.056,
    "breachSilent": 0.033,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.91,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.7,
        "recall": 0.83
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.92
      },
      "work-talk": {
        "precision": 0.89,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/infant-school.jsonl": {
    "cleanWarned": 0.083,
    "breachSilent": 0.024,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.75,
        "recall": 0.9
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.77
      },
      "confidential": {
        "precision": 0.75,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/nursery-group.jsonl": {
    "cleanWarned": 0.094,
    "breachSilent": 0.02,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.76,
        "recall": 0.82
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.78,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/family-hub.jsonl": {
    "cleanWarned": 0.07,
    "breachSilent": 0.039,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.74,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.85
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/prep-school.jsonl": {
    "cleanWarned": 0.087,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.79
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.8
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.91,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/city-nursery.jsonl": {
    "cleanWarned": 0.102,
    "breachSilent": 0.023,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.74,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.76,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/junior-school.jsonl": {
    "cleanWarned": 0.122,
    "breachSilent": 0.037,
    "categories": {
      "setting-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.75,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.87
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.63,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.55,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/special-school.jsonl": {
    "cleanWarned": 0.084,
    "breachSilent": 0.024,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.76,
        "recall": 0.76
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/scottish-primary.jsonl": {
    "cleanWarned": 0.156,
    "breachSilent": 0.024,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.91
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.8,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.87,
        "recall": 0.82
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/hospital-nursery.jsonl": {
    "cleanWarned": 0.052,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.88
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.66
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.59,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.91
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/ni-primary.jsonl": {
    "cleanWarned": 0.135,
    "breachSilent": 0.028,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.73,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.82,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.93,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.67,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.92,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.91,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-1.jsonl": {
    "cleanWarned": 0.053,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.96,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-2.jsonl": {
    "cleanWarned": 0.059,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.79,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-3.jsonl": {
    "cleanWarned": 0.06,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.92,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.83,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-4.jsonl": {
    "cleanWarned": 0.132,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.64,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.95,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.92,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-5.jsonl": {
    "cleanWarned": 0.074,
    "breachSilent": 0.036,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.83
      },
      "profanity": {
        "precision": 0.85,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.91,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-hall-preschool.jsonl": {
    "cleanWarned": 0.092,
    "breachSilent": 0.039,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.87
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.72,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.68,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.76,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.9,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/seaside-academy.jsonl": {
    "cleanWarned": 0.086,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.73
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.75,
        "recall": 0.75
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.82,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-6.jsonl": {
    "cleanWarned": 0.057,
    "breachSilent": 0.025,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.81,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.88,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.91,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.96,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/garrison-primary.jsonl": {
    "cleanWarned": 0.163,
    "breachSilent": 0.14,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.79,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.75,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.56,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.82,
        "recall": 0.63
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.79
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.78
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/saint-girls.jsonl": {
    "cleanWarned": 0.175,
    "breachSilent": 0.159,
    "categories": {
      "setting-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.81,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.63,
        "recall": 0.71
      },
      "profanity": {
        "precision": 0.77,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.9,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.75
      },
      "political-religious": {
        "precision": 0.78,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-7.jsonl": {
    "cleanWarned": 0.062,
    "breachSilent": 0.066,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.61,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.89,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.29,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.11,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.92
      }
    }
  },
  "tests/corpus/holdout.jsonl": {
    "cleanWarned": 0.115,
    "breachSilent": 0.055,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.89
      },
      "child-name": {
        "precision": 0.8,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.78,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.92,
        "recall": 0.64
      },
      "confidential": {
        "precision": 0.73,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.88
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/wales-childrens-centre.jsonl": {
    "cleanWarned": 0.127,
    "breachSilent": 0.023,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.89
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.87,
        "recall": 0.82
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/academy-staff-nursery.jsonl": {
    "cleanWarned": 0.173,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.77,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.88
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.9,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/special-school-3-19.jsonl": {
    "cleanWarned": 0.074,
    "breachSilent": 0.042,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.77
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.8,
        "recall": 0.68
      },
      "confidential": {
        "precision": 0.69,
        "recall": 0.87
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/scottish-prep-kindergarten.jsonl": {
    "cleanWarned": 0.075,
    "breachSilent": 0.037,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.82,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.83,
        "recall": 0.76
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.63,
        "recall": 0.83
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.92
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/village-committee-preschool.jsonl": {
    "cleanWarned": 0.073,
    "breachSilent": 0.025,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.74
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.93
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.86,
        "recall": 0.86
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.75,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.88,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/primary-academy-resource-base.jsonl": {
    "cleanWarned": 0.123,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.69,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.92
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.67,
        "recall": 0.83
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.93
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/village-preschool-everyday-name.jsonl": {
    "cleanWarned": 0.136,
    "breachSilent": 0.033,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.73,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.72,
        "recall": 0.91
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/all-through-academy.jsonl": {
    "cleanWarned": 0.078,
    "breachSilent": 0.024,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.75
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.84,
        "recall": 0.82
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.76,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/welsh-medium-primary.jsonl": {
    "cleanWarned": 0.25,
    "breachSilent": 0.044,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.91,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.6,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.72,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.78
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.87
      },
      "personal-info": {
        "precision": 0.84,
        "recall": 0.67
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.67,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/alternative-provision-academy.jsonl": {
    "cleanWarned": 0.138,
    "breachSilent": 0.044,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.83
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.74,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.91
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/montessori-childrens-house.jsonl": {
    "cleanWarned": 0.094,
    "breachSilent": 0.051,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.85,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.64,
        "recall": 0.77
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.74,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/three-form-entry-primary.jsonl": {
    "cleanWarned": 0.158,
    "breachSilent": 0.031,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.88
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.68,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.8,
        "recall": 0.89
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.91
      },
      "work-talk": {
        "precision": 0.73,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/rural-primary-federation.jsonl": {
    "cleanWarned": 0.109,
    "breachSilent": 0.12,
    "categories": {
      "setting-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.78,
        "recall": 0.87
      },
      "staff-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.78,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.88,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.35,
        "recall": 0.83
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/nursery-chain-branch.jsonl": {
    "cleanWarned": 0.155,
    "breachSilent": 0.112,
    "categories": {
      "setting-name": {
        "precision": 0.85,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.89
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.76,
        "recall": 0.8
      },
      "profanity": {
        "precision": 0.82,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.89,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.11,
        "recall": 0.54
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/valleys-welsh-medium-primary.jsonl": {
    "cleanWarned": 0.229,
    "breachSilent": 0.096,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.63,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.69,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.75,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.89,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.68,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.78,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/mill-town-nursery-school.jsonl": {
    "cleanWarned": 0.138,
    "breachSilent": 0.068,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.8,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.79,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.72,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-17.jsonl": {
    "cleanWarned": 0.085,
    "breachSilent": 0.131,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.56,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.86,
        "recall": 0.77
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.47,
        "recall": 0.82
      },
      "work-talk": {
        "precision": 0.58,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.87,
        "recall": 0.96
      }
    }
  },
  "tests/corpus/settings/village-childminding-partnership.jsonl": {
    "cleanWarned": 0.076,
    "breachSilent": 0.145,
    "categories": {
      "setting-name": {
        "precision": 0.92,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.61
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.74,
        "recall": 0.67
      },
      "confidential": {
        "precision": 0.89,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.14,
        "recall": 0.72
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/catholic-comprehensive.jsonl": {
    "cleanWarned": 0.153,
    "breachSilent": 0.158,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.87
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.65,
        "recall": 0.66
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.55,
        "recall": 0.55
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.78
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.75
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/islamic-primary.jsonl": {
    "cleanWarned": 0.249,
    "breachSilent": 0.118,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.64,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.76
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.61
      },
      "profanity": {
        "precision": 0.89,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.7,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.85
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-21.jsonl": {
    "cleanWarned": 0.054,
    "breachSilent": 0.07,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.8,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.88,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.71,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.52,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.9
      }
    }
  },
  "tests/corpus/settings/steiner-kindergarten.jsonl": {
    "cleanWarned": 0.111,
    "breachSilent": 0.15,
    "categories": {
      "setting-name": {
        "precision": 0.92,
        "recall": 0.78
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.9
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.71
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.82
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/boys-grammar-school.jsonl": {
    "cleanWarned": 0.165,
    "breachSilent": 0.071,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.84
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.8,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.67
      },
      "profanity": {
        "precision": 0.65,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.94,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.64,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/holiday-playscheme.jsonl": {
    "cleanWarned": 0.144,
    "breachSilent": 0.157,
    "categories": {
      "setting-name": {
        "precision": 0.77,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.73,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.73,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.63
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.41,
        "recall": 0.74
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-25.jsonl": {
    "cleanWarned": 0.054,
    "breachSilent": 0.046,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.26,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.92,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.23,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.35,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.96,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-26.jsonl": {
    "cleanWarned": 0.073,
    "breachSilent": 0.129,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.82,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.82,
        "recall": 0.92
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.77
      },
      "work-talk": {
        "precision": 0.38,
        "recall": 0.74
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.91
      }
    }
  },
  "tests/corpus/sealed/sealed-27.jsonl": {
    "cleanWarned": 0.152,
    "breachSilent": 0.071,
    "categories": {
      "setting-name": {
        "precision": 0.79,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.9
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.53,
        "recall": 0.62
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.65
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.93
      },
      "work-talk": {
        "precision": 0.11,
        "recall": 0.73
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-28.jsonl": {
    "cleanWarned": 0.212,
    "breachSilent": 0.075,
    "categories": {
      "setting-name": {
        "precision": 0.72,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.71,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.48,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.82,
        "recall": 0.7
      },
      "confidential": {
        "precision": 0.62,
        "recall": 0.91
      },
      "work-talk": {
        "precision": 0.18,
        "recall": 0.79
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-30.jsonl": {
    "cleanWarned": 0.178,
    "breachSilent": 0.12,
    "categories": {
      "setting-name": {
        "precision": 0.89,
        "recall": 0.67
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.66
      },
      "derogatory": {
        "precision": 0.68,
        "recall": 0.56
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.71,
        "recall": 0.64
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.35,
        "recall": 0.83
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.91
      }
    }
  },
  "tests/corpus/sealed/everyday-29.jsonl": {
    "cleanWarned": 0.04,
    "breachSilent": 0.153,
    "categories": {
      "child-name": {
        "precision": 0.09,
        "recall": 0.13
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.7,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.79
      },
      "confidential": {
        "precision": 0.56,
        "recall": 0.73
      },
      "work-talk": {
        "precision": 0.63,
        "recall": 0.73
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-31.jsonl": {
    "cleanWarned": 0.168,
    "breachSilent": 0.176,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.77
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.66,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.87,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.62,
        "recall": 0.59
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.58,
        "recall": 0.61
      },
      "confidential": {
        "precision": 0.64,
        "recall": 0.65
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.78
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-32.jsonl": {
    "cleanWarned": 0.154,
    "breachSilent": 0.157,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.81,
        "recall": 0.72
      },
      "derogatory": {
        "precision": 0.63,
        "recall": 0.54
      },
      "profanity": {
        "precision": 0.88,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.56,
        "recall": 0.58
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.87
      },
      "work-talk": {
        "precision": 0.6,
        "recall": 0.71
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-33.jsonl": {
    "cleanWarned": 0.13,
    "breachSilent": 0.082,
    "categories": {
      "setting-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.84,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.63,
        "recall": 0.71
      },
      "profanity": {
        "precision": 0.82,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.5,
        "recall": 0.75
      },
      "confidential": {
        "precision": 0.7,
        "recall": 0.82
      },
      "work-talk": {
        "precision": 0.36,
        "recall": 0.74
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.91
      }
    }
  },
  "tests/corpus/sealed/sealed-34.jsonl": {
    "cleanWarned": 0.119,
    "breachSilent": 0.14,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.91
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.78,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.54
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.68,
        "recall": 0.85
      },
      "confidential": {
        "precision": 0.78,
        "recall": 0.58
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.75
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/everyday-35.jsonl": {
    "cleanWarned": 0.058,
    "breachSilent": 0.144,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.3,
        "recall": 0.29
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.92,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.93
      }
    }
  },
  "tests/corpus/sealed/sealed-36.jsonl": {
    "cleanWarned": 0.168,
    "breachSilent": 0.183,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.89
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.79,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.69,
        "recall": 0.89
      },
      "derogatory": {
        "precision": 0.71,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.72,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.82,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.84
      },
      "work-talk": {
        "precision": 0.55,
        "recall": 0.66
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-37.jsonl": {
    "cleanWarned": 0.13,
    "breachSilent": 0.118,
    "categories": {
      "setting-name": {
        "precision": 0.75,
        "recall": 0.86
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.79,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.66,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.83,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.89
      },
      "confidential": {
        "precision": 0.71,
        "recall": 0.73
      },
      "work-talk": {
        "precision": 0.22,
        "recall": 0.63
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-38.jsonl": {
    "cleanWarned": 0.226,
    "breachSilent": 0.179,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.68,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.56,
        "recall": 0.53
      },
      "profanity": {
        "precision": 0.82,
        "recall": 0.89
      },
      "personal-info": {
        "precision": 0.59,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.74,
        "recall": 0.59
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.74
      },
      "political-religious": {
        "precision": 0.77,
        "recall": 0.54
      }
    }
  },
  "tests/corpus/sealed/sealed-39.jsonl": {
    "cleanWarned": 0.121,
    "breachSilent": 0.107,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.88
      },
      "staff-name": {
        "precision": 0.77,
        "recall": 0.86
      },
      "derogatory": {
        "precision": 0.63,
        "recall": 0.67
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.88
      },
      "confidential": {
        "precision": 0.73,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.7,
        "recall": 0.74
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-40.jsonl": {
    "cleanWarned": 0.173,
    "breachSilent": 0.196,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.75,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.65,
        "recall": 0.5
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.84,
        "recall": 0.53
      },
      "confidential": {
        "precision": 0.69,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.71,
        "recall": 0.58
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-41.jsonl": {
    "cleanWarned": 0.197,
    "breachSilent": 0.179,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.87
      },
      "child-name": {
        "precision": 0.64,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.51,
        "recall": 0.49
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.7,
        "recall": 0.73
      },
      "confidential": {
        "precision": 0.68,
        "recall": 0.84
      },
      "work-talk": {
        "precision": 0.8,
        "recall": 0.7
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.9
      }
    }
  },
  "tests/corpus/sealed/everyday-42.jsonl": {
    "cleanWarned": 0.058,
    "breachSilent": 0.133,
    "categories": {
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.46,
        "recall": 0.32
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/contrast/counterfactual.jsonl": {
    "cleanWarned": 0.039,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.95,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.96,
        "recall": 0.92
      },
      "derogatory": {
        "precision": 0.85,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.64,
        "recall": 0.54
      },
      "confidential": {
        "precision": 0.74,
        "recall": 0.72
      },
      "work-talk": {
        "precision": 0.71,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.89
      }
    }
  },
  "tests/corpus/contrast/minimal-pairs.jsonl": {
    "cleanWarned": 0.083,
    "breachSilent": 0.065,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.96,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.65,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.75,
        "recall": 0.52
      },
      "work-talk": {
        "precision": 0.63,
        "recall": 0.84
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.83
      }
    }
  }
};
